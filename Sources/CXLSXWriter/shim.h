#ifndef KOERS_CXLSXWRITER_SHIM_H
#define KOERS_CXLSXWRITER_SHIM_H

// libxlsxwriter, for `--format xlsx` (KoersWorkspace's WorkbookFile, the one file that calls it).
#include <xlsxwriter.h>

#endif
