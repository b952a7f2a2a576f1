#ifndef KOERS_C_BUILD_INFO_H
#define KOERS_C_BUILD_INFO_H

/// The commit koers was built from, as scripts/install and scripts/package-deb pass it in
/// (KOERS_BUILD_COMMIT, read by Package.swift); "" for a build that was not told.
const char *koers_build_commit(void);

#endif
