// RufaBot on Azure: App Service (Linux, .NET 10), Azure Bot (single tenant) with the Teams channel, Azure Managed
// Redis, PostgreSQL Flexible Server, Azure OpenAI, Key Vault (secrets as Key Vault references), Application Insights.
// Deploy into a resource group:
//   az deployment group create -g <group> --parameters src/infra/main.example.bicepparam
// Compiled by the tests (InfraTemplateTests) with the Bicep CLI: zero errors, zero warnings.
targetScope = 'resourceGroup'

@description('Short lowercase prefix of every resource name.')
@minLength(3)
@maxLength(12)
param name string = 'rufabot'

param location string = resourceGroup().location

@description('Client id of the bot\'s Entra app registration (single tenant, in this tenant): MicrosoftAppId.')
param botAppId string

@secure()
@description('A client secret of that app registration: MicrosoftAppPassword. Stored in Key Vault only.')
param botAppPassword string

@secure()
@minLength(32)
@description('Concerns:ReporterKeySecret, 32+ random characters. Keep it: changing it disconnects reporters from "my concerns".')
param reporterKeySecret string

param postgresAdministratorLogin string = 'rufabot'

@secure()
@description('PostgreSQL administrator password (the app connects with it; stored in Key Vault only).')
param postgresAdministratorPassword string

@description('Conversations:EmergencyContacts: your duty station\'s security contacts, shown with the emergency guidance.')
param emergencyContacts string

@description('Administration:AdminAadObjectIds: Entra object ids of RufaBot administrators.')
param administratorObjectIds string[] = []

@description('Azure OpenAI region; the model must be offered there as GlobalStandard.')
param openAiLocation string = location
param openAiModelName string = 'gpt-4.1-mini'
param openAiModelVersion string = '2025-04-14'
@minValue(1)
param openAiCapacity int = 10

param appServiceSku string = 'P0v3'
@minValue(1)
param appInstanceCount int = 1
param redisSku string = 'Balanced_B0'
param postgresSku string = 'Standard_B1ms'
@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param postgresTier string = 'Burstable'
@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 7
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90
@allowed(['F0', 'S1'])
param botSku string = 'S1'

param tags object = { application: 'RufaBot' }

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: { name: name, location: location, tags: tags }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { name: name, location: location, tags: tags, retentionInDays: logRetentionDays }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: name
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
    botAppPassword: botAppPassword
    reporterKeySecret: reporterKeySecret
  }
}

module redis 'modules/redis.bicep' = {
  name: 'redis'
  params: { name: name, location: location, tags: tags, keyVaultName: vault.outputs.name, skuName: redisSku }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    name: name
    location: location
    tags: tags
    keyVaultName: vault.outputs.name
    administratorLogin: postgresAdministratorLogin
    administratorPassword: postgresAdministratorPassword
    skuName: postgresSku
    skuTier: postgresTier
    backupRetentionDays: postgresBackupRetentionDays
  }
}

module openAi 'modules/openai.bicep' = {
  name: 'openai'
  params: {
    name: name
    location: openAiLocation
    tags: tags
    appPrincipalId: identity.outputs.principalId
    modelName: openAiModelName
    modelVersion: openAiModelVersion
    capacity: openAiCapacity
  }
}

var administratorSettings = toObject(range(0, length(administratorObjectIds)), i => 'Administration__AdminAadObjectIds__${i}', i => administratorObjectIds[i])

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    name: name
    location: location
    tags: tags
    skuName: appServiceSku
    instanceCount: appInstanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    settings: union(administratorSettings, {
      MicrosoftAppType: 'SingleTenant'
      MicrosoftAppId: botAppId
      MicrosoftAppTenantId: tenant().tenantId
      Storage__Provider: 'PostgreSQL'
      Storage__KeyRingFolder: '/home/data/keys'
      AzureOpenAI__Endpoint: openAi.outputs.endpoint
      AzureOpenAI__Deployment: openAi.outputs.deployment
      Conversations__EmergencyContacts: emergencyContacts
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
    })
    vaultReferences: {
      MicrosoftAppPassword: vault.outputs.botCredentialUri
      Concerns__ReporterKeySecret: vault.outputs.reporterKeyUri
      ConnectionStrings__Redis: redis.outputs.connectionStringUri
      ConnectionStrings__Rufa: postgres.outputs.connectionStringUri
    }
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: name
    tags: tags
    appId: botAppId
    messagingEndpoint: 'https://${app.outputs.hostName}/api/messages'
    skuName: botSku
  }
}

output appName string = app.outputs.name
output messagingEndpoint string = 'https://${app.outputs.hostName}/api/messages'
output botName string = bot.outputs.name
output keyVaultName string = vault.outputs.name
