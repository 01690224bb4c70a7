// Exposes libpq's client API to Swift. The include directory comes from
// `pkg-config libpq` (Debian installs the header under /usr/include/postgresql).
#ifndef WARRANT_CLIBPQ_SHIM_H
#define WARRANT_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
