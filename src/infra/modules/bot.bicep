// The Azure Bot resource: single-tenant Entra app, messaging endpoint on the web app, Microsoft Teams channel on.

param name string
param tags object

@description('Client id of the bot\'s Entra app registration (single tenant, in this tenant).')
param appId string

@description('https://<host>/api/messages')
param messagingEndpoint string

@allowed(['F0', 'S1'])
param skuName string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${uniqueString(resourceGroup().id)}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: { name: skuName }
  properties: {
    displayName: 'RufaBot'
    endpoint: messagingEndpoint
    msaAppId: appId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenant().tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
