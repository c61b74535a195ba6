// The app's user-assigned managed identity: it reads Key Vault secrets (Key Vault references) and calls Azure OpenAI.
// User-assigned rather than system-assigned so its role assignments exist before the web app first starts.

param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${name}-app-id'
  location: location
  tags: tags
}

output id string = identity.id
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
