# The `api` binary for AWS Lambda (and ECS/Fargate), on the same Debian bookworm userland as development
# and CI. `sam build` builds it; `docker build -t warrant-api .` works too.
#
# Build stage: Swift on Debian bookworm, with the -dev packages of the two C libraries, and what
# scripts/lean-libpq.sh needs to build libpq without Kerberos or LDAP from Debian's source (dpkg-dev, gcc, make).
FROM swift:6.3-bookworm AS build
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libpq-dev libsodium-dev dpkg-dev gcc make \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
COPY Examples ./Examples
COPY scripts/release-build.sh scripts/lean-libpq.sh ./scripts/
# Required here: the run stage below has no shared libpq to fall back on.
RUN LEAN_LIBPQ_REQUIRED=1 scripts/release-build.sh \
 && mkdir -p /out \
 && cp "$(swift build -c release --show-bin-path)/api" /out/api

# Run stage: a slim Debian with only the runtime libraries (libpq is inside the binary; OpenSSL is its TLS).
FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libssl3 libsodium23 ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --no-create-home warrant
COPY --from=build /out/api /app/api
COPY Config /app/Config
# The RDS certificate authorities, so `sslmode=verify-full` checks the proxy's or database's certificate.
ADD https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem /etc/ssl/certs/rds-global-bundle.pem
RUN chmod 644 /etc/ssl/certs/rds-global-bundle.pem
WORKDIR /app
ENV APP_ENV=production CONFIG_DIRECTORY=/app/Config
USER warrant
# Used by `docker run` and ECS (the task definition may also name it): ready means the database answers and
# the schema is current. Lambda ignores it.
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 CMD ["/app/api", "health"]
# On Lambda, AWS_LAMBDA_RUNTIME_API is set and `api` runs as a function; elsewhere it serves HTTP
# (override the command with `serve --host 0.0.0.0` on ECS/Fargate).
ENTRYPOINT ["/app/api"]
