// Azure Managed Redis (the successor of Azure Cache for Redis, whose every tier is retiring) for conversation state,
// turn locks and de-duplication. TLS only; the access key goes straight into Key Vault as a StackExchange.Redis
// connection string, never into an output.

param name string
param location string
param tags object
param keyVaultName string

@description('Azure Managed Redis SKU, e.g. Balanced_B0 (smallest) or Balanced_B1.')
param skuName string

resource cluster 'Microsoft.Cache/redisEnterprise@2025-07-01' = {
  name: '${name}-redis-${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  sku: { name: skuName }
  properties: {
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    highAvailability: 'Enabled'
  }
}

resource database 'Microsoft.Cache/redisEnterprise/databases@2025-07-01' = {
  parent: cluster
  name: 'default'
  properties: {
    clientProtocol: 'Encrypted'
    port: 10000
    // One endpoint that behaves like a single Redis server, which is what the app's multiplexer expects.
    clusteringPolicy: 'EnterpriseCluster'
    evictionPolicy: 'NoEviction'
    accessKeysAuthentication: 'Enabled'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: keyVaultName
}

resource connection 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'ConnectionStrings--Redis'
  properties: {
    value: '${cluster.properties.hostName}:${database.properties.port},password=${database.listKeys().primaryKey},ssl=True,abortConnect=False'
  }
}

output connectionStringUri string = connection.properties.secretUri
