# syntax=docker/dockerfile:1
# The platform as one container. Configuration comes from the environment, e.g.
#   Database__Provider=SqlServer ConnectionStrings__Catalog=... ConnectionStrings__Tenant="...Database={database};..."
#   Platform__Domain=samordning.example.se
# Operators run the CLI in the same image: docker run IMAGE tenants list

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props Platform.sln ./
COPY .config/ .config/
COPY src/Platform.Persistence/*.csproj src/Platform.Persistence/packages.lock.json src/Platform.Persistence/
COPY src/Platform.Migrations.Sqlite/*.csproj src/Platform.Migrations.Sqlite/packages.lock.json src/Platform.Migrations.Sqlite/
COPY src/Platform.Migrations.SqlServer/*.csproj src/Platform.Migrations.SqlServer/packages.lock.json src/Platform.Migrations.SqlServer/
COPY src/Platform.Web/*.csproj src/Platform.Web/packages.lock.json src/Platform.Web/
RUN dotnet restore src/Platform.Web/Platform.Web.csproj --locked-mode
COPY src/ src/
RUN dotnet publish src/Platform.Web/Platform.Web.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    Platform__DataDirectory=/data \
    Platform__SeedDemoData=false
RUN mkdir -p /data && chown "$APP_UID" /data
COPY --from=build --chown=$APP_UID /app ./
# The non-root user that the .NET images provide.
USER $APP_UID
VOLUME /data
EXPOSE 8080
# Liveness is GET /health and readiness GET /health/ready; the orchestrator probes them over HTTP.
ENTRYPOINT ["dotnet", "Platform.Web.dll"]
