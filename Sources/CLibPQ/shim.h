// Exposes libpq's client API to Swift. On macOS the include directory comes from `pkg-config libpq`;
// on Linux there is no pkg-config (Package.swift says why), and Debian installs the header under
// /usr/include/postgresql.
#ifndef WARRANT_CLIBPQ_SHIM_H
#define WARRANT_CLIBPQ_SHIM_H
#if __has_include(<libpq-fe.h>)
#include <libpq-fe.h>
#else
#include <postgresql/libpq-fe.h>
#endif
#endif
