// The client is generated from openapi.json at build time (swift-openapi-generator's build plugin).
