#ifndef KOERS_CXLSXWRITER_SHIM_H
#define KOERS_CXLSXWRITER_SHIM_H

// libxlsxwriter, for `--format xlsx` (KoersWorkspace's WorkbookFile, the one file that calls it).
// It is opened on the first workbook, not linked: it brings libcrypto, and loading the two
// cost every start of koers about 7 million instructions, half a Swift hello-world
// (docs/performance.md). These are the functions WorkbookFile calls, typed from the header.
#include <dlfcn.h>
#include <xlsxwriter.h>

typedef struct {
    __typeof__(&workbook_new) workbook_new;
    __typeof__(&workbook_add_format) workbook_add_format;
    __typeof__(&workbook_add_worksheet) workbook_add_worksheet;
    __typeof__(&workbook_close) workbook_close;
    __typeof__(&format_set_bold) format_set_bold;
    __typeof__(&format_set_num_format) format_set_num_format;
    __typeof__(&worksheet_write_string) worksheet_write_string;
    __typeof__(&worksheet_write_number) worksheet_write_number;
    __typeof__(&worksheet_set_column) worksheet_set_column;
    __typeof__(&worksheet_freeze_panes) worksheet_freeze_panes;
} koers_xlsxwriter;

// Opens the library of the header's own version and finds every function: 1, or 0 when the
// library or one of the functions is missing.
static inline int koers_xlsxwriter_open(koers_xlsxwriter *functions) {
    void *library = dlopen("libxlsxwriter.so." LXW_SOVERSION, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return 0;
#define KOERS_FIND(name) if ((functions->name = (__typeof__(functions->name))dlsym(library, #name)) == NULL) return 0
    KOERS_FIND(workbook_new);
    KOERS_FIND(workbook_add_format);
    KOERS_FIND(workbook_add_worksheet);
    KOERS_FIND(workbook_close);
    KOERS_FIND(format_set_bold);
    KOERS_FIND(format_set_num_format);
    KOERS_FIND(worksheet_write_string);
    KOERS_FIND(worksheet_write_number);
    KOERS_FIND(worksheet_set_column);
    KOERS_FIND(worksheet_freeze_panes);
#undef KOERS_FIND
    return 1;
}

#endif
