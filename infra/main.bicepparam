using 'main.bicep'

param name = 'samordning'
param domain = 'samordning.example.se'
param image = 'myregistry.azurecr.io/samordning/platform:latest'
param sqlAdminGroupObjectId = '00000000-0000-0000-0000-000000000000'
param sqlAdminGroupName = 'samordning-sql-admins'
