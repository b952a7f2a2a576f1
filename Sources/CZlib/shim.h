#ifndef KOERS_CZLIB_SHIM_H
#define KOERS_CZLIB_SHIM_H

// zlib's inflate and crc32, for the zip reader of .xlsx workbooks (KoersImport's ZipDirectory).
#include <zlib.h>

#endif
