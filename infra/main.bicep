// Azure for the platform: a Linux web app running the container, Azure SQL with an elastic pool
// (catalog database + one database per association, created by provisioning), a storage account
// for documents (a container per association), Key Vault for secrets, and one user-assigned
// managed identity that the app uses for all of them.
targetScope = 'resourceGroup'

@description('Short name used in resource names, e.g. "samordning".')
@minLength(3)
@maxLength(12)
param name string = 'samordning'

@description('Azure region.')
param location string = resourceGroup().location

@description('The platform domain: associations are {slug}.{domain}.')
param domain string

@description('Container image, e.g. myregistry.azurecr.io/platform:1.0.0.')
param image string

@description('Entra ID group (object id) that administers the SQL server.')
param sqlAdminGroupObjectId string

@description('Display name of that group.')
param sqlAdminGroupName string

@description('Elastic pool size in vCores (General Purpose, Gen5).')
@allowed([2, 4, 6, 8, 10, 12, 14, 16])
param poolVCores int = 2

var suffix = uniqueString(resourceGroup().id)
var sqlServerName = '${name}-sql-${suffix}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

resource sql 'Microsoft.Sql/servers@2023-08-01-preview' = {
  name: sqlServerName
  location: location
  properties: {
    minimalTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    administrators: {
      administratorType: 'ActiveDirectory'
      azureADOnlyAuthentication: true
      login: sqlAdminGroupName
      sid: sqlAdminGroupObjectId
      principalType: 'Group'
      tenantId: subscription().tenantId
    }
  }
}

resource sqlAllowAzure 'Microsoft.Sql/servers/firewallRules@2023-08-01-preview' = {
  parent: sql
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource pool 'Microsoft.Sql/servers/elasticPools@2023-08-01-preview' = {
  parent: sql
  name: '${name}-pool'
  location: location
  sku: { name: 'GP_Gen5', tier: 'GeneralPurpose', family: 'Gen5', capacity: poolVCores }
  properties: {
    perDatabaseSettings: { minCapacity: 0, maxCapacity: 2 }
    zoneRedundant: false
  }
}

resource catalog 'Microsoft.Sql/servers/databases@2023-08-01-preview' = {
  parent: sql
  name: 'platform_catalog'
  location: location
  sku: { name: 'ElasticPool', tier: 'GeneralPurpose', capacity: 0 }
  properties: { elasticPoolId: pool.id, collation: 'Finnish_Swedish_CI_AS' }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${name}st${suffix}', 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${name}-kv-${suffix}', 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

// Built-in roles: Storage Blob Data Contributor and Key Vault Secrets User.
var blobContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource blobRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, blobContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource vaultRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, secretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: 'P1v3', tier: 'PremiumV3' }
  properties: { reserved: true }
}

var sqlBase = 'Server=tcp:${sql.properties.fullyQualifiedDomainName},1433;Authentication=Active Directory Managed Identity;User Id=${identity.properties.clientId};Encrypt=True;'

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: '${name}-web-${suffix}'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOCKER|${image}'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/health/ready'
      appSettings: [
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        { name: 'Platform__Domain', value: domain }
        { name: 'Platform__SeedDemoData', value: 'false' }
        { name: 'Database__Provider', value: 'SqlServer' }
        { name: 'ConnectionStrings__Catalog', value: '${sqlBase}Database=platform_catalog;' }
        { name: 'ConnectionStrings__Tenant', value: '${sqlBase}Database={database};' }
        { name: 'Database__ElasticPool', value: pool.name }
        { name: 'Jobs__Storage', value: 'SqlServer' }
        { name: 'Storage__Provider', value: 'AzureBlob' }
        { name: 'Storage__AzureBlob__ServiceUri', value: storage.properties.primaryEndpoints.blob }
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'KeyVault__Uri', value: vault.properties.vaultUri }
        // The data-protection keys in the catalog are encrypted with this Key Vault certificate (its
        // private key is read as a secret with the identity's Key Vault Secrets User role). Create it
        // before the first start, which is refused without it:
        //   az keyvault certificate create --vault-name <vault> -n data-protection -p "$(az keyvault certificate get-default-policy)"
        { name: 'DataProtection__KeyVaultCertificateName', value: 'data-protection' }
        // App Service's front ends end TLS and reach the container from private addresses; their
        // X-Forwarded-For and X-Forwarded-Proto are believed from there only (the ranges of "Configure
        // a Linux ASP.NET Core app for Azure App Service"). Never ASPNETCORE_FORWARDEDHEADERS_ENABLED:
        // it believes anyone, and the platform refuses to start with it.
        { name: 'ForwardedHeaders__KnownNetworks__0', value: '10.0.0.0/8' }
        { name: 'ForwardedHeaders__KnownNetworks__1', value: '172.16.0.0/12' }
        { name: 'ForwardedHeaders__KnownNetworks__2', value: '192.168.0.0/16' }
        { name: 'WEBSITES_PORT', value: '8080' }
      ]
    }
  }
}

output webAppName string = web.name
output sqlServer string = sql.properties.fullyQualifiedDomainName
output elasticPool string = pool.name
output keyVaultUri string = vault.properties.vaultUri
output blobEndpoint string = storage.properties.primaryEndpoints.blob
