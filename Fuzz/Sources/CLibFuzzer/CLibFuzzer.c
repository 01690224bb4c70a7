// Declarations only (see include/CLibFuzzer.h); the definitions are in libFuzzer's runtime.
#include "CLibFuzzer.h"
