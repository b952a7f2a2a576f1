#ifndef KOERS_CLIBEDIT_SHIM_H
#define KOERS_CLIBEDIT_SHIM_H

// Only libedit's own header: GNU readline's headers are installed too and share the include
// guard of libedit's readline emulation, so including any readline header here could silently
// pick the wrong library.
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <sys/select.h>
#include <stdio.h>
#include <string.h>

// Swift cannot call C variadic functions; these fixed-argument wrappers cover exactly the
// el_set / el_get / history requests koers uses.

typedef char *(*koers_prompt_function)(EditLine *);
typedef unsigned char (*koers_editor_function)(EditLine *, int);

static inline int koers_el_set_prompt(EditLine *el, koers_prompt_function prompt, char literal_escape) {
    return el_set(el, EL_PROMPT_ESC, prompt, literal_escape);
}

static inline int koers_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int koers_el_set_signal_handling(EditLine *el, int enabled) {
    return el_set(el, EL_SIGNAL, enabled);
}

// Redraws the prompt and the line, after el_resize has taken a new window size.
static inline int koers_el_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}

typedef int (*koers_read_function)(EditLine *, wchar_t *);

static inline int koers_el_set_read_function(EditLine *el, koers_read_function function) {
    return el_set(el, EL_GETCFN, function);
}

static inline int koers_el_add_function(EditLine *el, const char *name, const char *help,
                                        koers_editor_function function) {
    return el_set(el, EL_ADDFN, name, help, function);
}

static inline int koers_el_bind(EditLine *el, const char *key, const char *function_name) {
    return el_set(el, EL_BIND, key, function_name, (const char *)NULL);
}

static inline int koers_el_set_client_data(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *koers_el_get_client_data(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int koers_el_set_history(EditLine *el, History *history_state) {
    return el_set(el, EL_HIST, history, history_state);
}

static inline int koers_history_set_size(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}

static inline int koers_history_set_unique(History *h, int unique) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, unique);
}

static inline int koers_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}

// libedit's own file format, used by the tests to prove HistoryStore's files are
// interchangeable with libedit's.
static inline int koers_history_load(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_LOAD, path);
}

static inline int koers_history_save(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_SAVE, path);
}

// The entry `offset` steps back from the newest (0 = newest), or NULL past the oldest.
static inline const char *koers_history_entry(History *h, int offset) {
    HistEvent event;
    if (history(h, &event, H_FIRST) != 0) return NULL;
    for (int step = 0; step < offset; step++) {
        if (history(h, &event, H_NEXT) != 0) return NULL;
    }
    return event.str;
}

// Waits until `fd` is readable with the signal mask `mask` in force during the wait only:
// the atomic unblock-and-wait that lets SIGINT interrupt the wait and nothing else.
// (ppoll would do as well but needs _GNU_SOURCE; pselect is POSIX.)
static inline int koers_wait_for_input(int fd, const sigset_t *mask) {
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(fd, &readable);
    return pselect(fd + 1, &readable, NULL, NULL, NULL, mask);
}

// Swift 6 rejects C globals such as `stdin` as not concurrency-safe.
static inline FILE *koers_stdin(void) { return stdin; }
static inline FILE *koers_stdout(void) { return stdout; }
static inline FILE *koers_stderr(void) { return stderr; }

// Takes the character encoding from the environment and falls back to C.UTF-8 when that is
// not UTF-8 (locale C or POSIX, or a locale that is not installed): without it libedit drops
// non-ASCII input (`één` arrives as `n`). Only LC_CTYPE is set, so number formatting and
// collation in C code stay as they were. Returns 1 when the encoding is UTF-8 afterwards.
static inline int koers_use_utf8_character_type(void) {
    setlocale(LC_CTYPE, "");
    if (strcmp(nl_langinfo(CODESET), "UTF-8") == 0) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) return 0;
    return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}

#endif
