// App Service on Linux running the published app on the .NET 10 stack. Secrets are Key Vault references resolved with
// the user-assigned identity; the key ring lives under /home, App Service's persistent storage shared by all instances.

param name string
param location string
param tags object

@description('App Service plan SKU, e.g. B1 for a trial, P0v3 or P1v3 for production.')
param skuName string

@description('Number of instances. More than one needs Redis (always deployed here) and the shared key ring under /home.')
@minValue(1)
param instanceCount int

param identityId string
param identityClientId string

@description('App settings that are not secrets: name -> value.')
param settings object

@description('App settings kept in Key Vault: name -> secret URI (a reference, not the value).')
param vaultReferences object

var secretReferences = map(items(vaultReferences), s => { name: s.key, value: '@Microsoft.KeyVault(SecretUri=${s.value})' })
var plainSettings = map(items(union(settings, {
  // Where App Service forwards requests; 'Urls' overrides the development default in appsettings.json.
  Urls: 'http://+:8080'
  WEBSITES_PORT: '8080'
  // /home is persistent and shared between instances: Storage:KeyRingFolder points there.
  WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'true'
  // DefaultAzureCredential (Azure OpenAI) signs in as the user-assigned identity.
  AZURE_CLIENT_ID: identityClientId
})), s => { name: s.key, value: string(s.value) })

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: '${name}-app-${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet RufaBot.dll'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Readiness: an instance whose database or Redis does not answer is taken out of the load balancer.
      healthCheckPath: '/readyz'
      appSettings: concat(plainSettings, secretReferences)
    }
  }
}

output hostName string = site.properties.defaultHostName
output name string = site.name
