#include "CBuildInfo.h"

// A C define carries a string value into the build; a Swift -D define cannot.
#ifndef KOERS_BUILD_COMMIT
#define KOERS_BUILD_COMMIT ""
#endif

const char *koers_build_commit(void) { return KOERS_BUILD_COMMIT; }
