// Azure OpenAI with one chat deployment. Keys are disabled: the app signs in with its managed identity
// (AzureOpenAI:ApiKey empty = DefaultAzureCredential), which gets "Cognitive Services OpenAI User" here.

param name string
param location string
param tags object
param appPrincipalId string

@description('Chat model. The app asks for temperature 0, so use a non-reasoning chat model.')
param modelName string
param modelVersion string

@description('Deployment capacity in thousands of tokens per minute.')
param capacity int

// Built-in role "Cognitive Services OpenAI User".
var openAiUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource account 'Microsoft.CognitiveServices/accounts@2026-09-01' = {
  name: '${name}-openai-${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: '${name}-openai-${uniqueString(resourceGroup().id)}'
    publicNetworkAccess: 'Enabled'
    disableLocalAuth: true
  }
}

resource chat 'Microsoft.CognitiveServices/accounts/deployments@2026-09-01' = {
  parent: account
  name: modelName
  sku: {
    name: 'GlobalStandard'
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
  }
}

resource appMayCall 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, appPrincipalId, openAiUserRoleId)
  scope: account
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAiUserRoleId)
  }
}

output endpoint string = account.properties.endpoint
output deployment string = chat.name
