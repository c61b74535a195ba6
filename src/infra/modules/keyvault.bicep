// Key Vault with Azure RBAC: the app's identity may read secrets (Key Vault Secrets User), nothing else. The secrets
// that are parameters of the deployment are written here; the Redis and PostgreSQL modules add their connection strings.

param name string
param location string
param tags object

@description('Principal id of the app\'s managed identity.')
param appPrincipalId string

@secure()
@description('Client secret of the bot\'s Entra app registration (MicrosoftAppPassword).')
param botAppPassword string

@secure()
@minLength(32)
@description('Concerns:ReporterKeySecret: keys the hashes that link reporters to their concerns. Never change it.')
param reporterKeySecret string

// Built-in role "Key Vault Secrets User".
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: take('${name}-kv-${uniqueString(resourceGroup().id)}', 24)
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource appCanReadSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, secretsUserRoleId)
  scope: vault
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
  }
}

resource botPassword 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: { value: botAppPassword }
}

resource reporterKey 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'Concerns--ReporterKeySecret'
  properties: { value: reporterKeySecret }
}

output name string = vault.name
// Secret URIs (references, not values) for the app's Key Vault references.
output botCredentialUri string = botPassword.properties.secretUri
output reporterKeyUri string = reporterKey.properties.secretUri
