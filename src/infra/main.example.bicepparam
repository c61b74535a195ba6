// Example parameters. Copy, fill in the ids, and keep secrets out of the file: they are read from environment
// variables at deployment (export them in the shell that runs az deployment group create).
using './main.bicep'

param name = 'rufabot'
param botAppId = '00000000-0000-0000-0000-000000000000'
param botAppPassword = readEnvironmentVariable('RUFABOT_BOT_APP_PASSWORD')
param reporterKeySecret = readEnvironmentVariable('RUFABOT_REPORTER_KEY_SECRET')
param postgresAdministratorPassword = readEnvironmentVariable('RUFABOT_POSTGRES_PASSWORD')
param emergencyContacts = 'Security focal point: +00 000 000 000; UNDSS: the number on your security ID card'
param administratorObjectIds = []
