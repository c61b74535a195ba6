// Azure Database for PostgreSQL Flexible Server with the concern database. Password authentication (the app connects
// with Npgsql); the connection string goes into Key Vault. Reachable from Azure services only (the app's outbound
// addresses are not fixed); put server and app in a virtual network for private access.

param name string
param location string
param tags object
param keyVaultName string

param administratorLogin string

@secure()
param administratorPassword string

@description('Compute size, e.g. Standard_B1ms (Burstable) for a pilot.')
param skuName string

@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param skuTier string

@description('Days of point-in-time restore backups (7 to 35).')
@minValue(7)
@maxValue(35)
param backupRetentionDays int

param databaseName string = 'rufabot'

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2026-10-01' = {
  name: '${name}-pg-${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: '17'
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorPassword
    authConfig: {
      passwordAuth: 'Enabled'
      activeDirectoryAuth: 'Disabled'
    }
    storage: { storageSizeGB: 32 }
    backup: {
      backupRetentionDays: backupRetentionDays
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: { mode: 'Disabled' }
    network: { publicNetworkAccess: 'Enabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2026-10-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 - 0.0.0.0 is Azure's convention for "connections from Azure services".
resource azureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2026-10-01' = {
  parent: server
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: keyVaultName
}

resource connection 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'ConnectionStrings--Rufa'
  properties: {
    value: 'Host=${server.properties.fullyQualifiedDomainName};Database=${database.name};Username=${administratorLogin};Password=${administratorPassword};Ssl Mode=Require'
  }
}

output connectionStringUri string = connection.properties.secretUri
