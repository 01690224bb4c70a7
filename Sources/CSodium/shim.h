// The single entry point Swift sees: libsodium's umbrella header.
// Kept as a shim so the module map never hard-codes an install path; pkg-config supplies the
// include directory on macOS, the compiler's default one serves on Linux.
#ifndef WARRANT_CSODIUM_SHIM_H
#define WARRANT_CSODIUM_SHIM_H

#include <sodium.h>

#endif
