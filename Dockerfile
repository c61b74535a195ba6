# RufaBot in a container: build and publish with the SDK image, run on the ASP.NET Core runtime image as a non-root
# user. docker build -t rufabot . && docker run -p 8080:8080 -v rufabot-data:/app/data -e MicrosoftAppId=… rufabot
# Settings come from environment variables (Section__Key), as in appsettings.sample.json; secrets from your
# orchestrator's secret store. Tested by tests/RufaBot.Tests/Infra/DockerfileTests.cs (paths, publish, /healthz).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so the package layer is reused until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/RufaBot/RufaBot.csproj src/RufaBot/
COPY src/RufaBot.Protocol/RufaBot.Protocol.csproj src/RufaBot.Protocol/
COPY src/RufaBot.Protocol.Redis/RufaBot.Protocol.Redis.csproj src/RufaBot.Protocol.Redis/
COPY src/RufaBot.Dialogs/RufaBot.Dialogs.csproj src/RufaBot.Dialogs/
RUN dotnet restore src/RufaBot/RufaBot.csproj
# The dialogs folder is linked into the app by its project file; the knowledge base is under src/RufaBot.
COPY src/RufaBot/ src/RufaBot/
COPY src/RufaBot.Protocol/ src/RufaBot.Protocol/
COPY src/RufaBot.Protocol.Redis/ src/RufaBot.Protocol.Redis/
COPY src/RufaBot.Dialogs/ src/RufaBot.Dialogs/
COPY dialogs/ dialogs/
RUN dotnet publish src/RufaBot/RufaBot.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# data/ (under the content root) holds the SQLite database and the Data Protection key ring: keep it on a volume,
# and with PostgreSQL still keep it for the key ring (or point Storage__KeyRingFolder at shared storage).
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
VOLUME ["/app/data"]
# Urls overrides the development default (localhost:3978) in appsettings.json.
ENV Urls=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The runtime images define the non-root user "app"; $APP_UID is its id.
USER $APP_UID
# Liveness only (readiness is GET /readyz, for the load balancer). bash's /dev/tcp: the image has no curl or wget.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "RufaBot.dll"]
