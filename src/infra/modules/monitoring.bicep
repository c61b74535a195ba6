// Log Analytics workspace and workspace-based Application Insights. The app exports traces, metrics and logs to it
// with the Azure Monitor OpenTelemetry distro when APPLICATIONINSIGHTS_CONNECTION_STRING is set.

@description('Prefix of every resource name.')
param name string

param location string
param tags object

@description('Days Log Analytics keeps telemetry (logs hold ids, counts and enums, never concern content).')
@minValue(30)
@maxValue(730)
param retentionInDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: '${name}-logs'
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Telemetry goes through the connection string's ingestion endpoint only; no instrumentation-key-only clients.
    DisableLocalAuth: false
  }
}

output connectionString string = insights.properties.ConnectionString
