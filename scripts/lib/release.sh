# What scripts/install and scripts/package-deb share: one release build and the layout of an
# installation. Sourced, not run.

# The commit the checkout is at, "-modified" when tracked files differ from it; empty outside git.
build_commit() {
    local commit
    commit="$(git -C "$KOERS_ROOT" rev-parse --short=12 HEAD 2>/dev/null)" || return 0
    git -C "$KOERS_ROOT" diff --quiet HEAD -- 2>/dev/null || commit+="-modified"
    printf '%s\n' "$commit"
}

# Builds the release binary, told its commit (Package.swift reads KOERS_BUILD_COMMIT), on Linux
# with Swift's runtime linked in so that it runs without the toolchain (macOS has the runtime in
# the system); prints the binary's folder.
build_release() {
    local flags=(-c release --product koers)
    [ "$(uname -s)" != Linux ] || flags+=(--static-swift-stdlib)
    KOERS_BUILD_COMMIT="$(build_commit)" swift build --package-path "$KOERS_ROOT" "${flags[@]}" >&2
    swift build --package-path "$KOERS_ROOT" "${flags[@]}" --show-bin-path
}

# Lays out an installation under DEST (a prefix: DEST/bin, DEST/share) from the binary in
# BIN: the program, its word lists and the Almelo sample, the man pages in English and Dutch,
# the bash and zsh completions. ZSH_DIR is where zsh's completions go below DEST/share.
lay_out() {
    local bin="$1" dest="$2" zsh_dir="$3"
    # Without its symbol tables the binary is a third smaller; most of the rest is ICU's data.
    mkdir -p "$dest/bin"
    install -m 755 "$bin/koers" "$dest/bin/koers"
    if command -v strip >/dev/null; then strip "$dest/bin/koers"; fi
    mkdir -p "$dest/share/koers/wordlists" "$dest/share/koers/goals"
    cp "$KOERS_ROOT"/Sources/KoersWorkspace/Resources/wordlists/*.txt "$dest/share/koers/wordlists/"
    cp -R "$KOERS_ROOT/goals/almelo" "$dest/share/koers/goals/almelo"
    mkdir -p "$dest/share/man/man1" "$dest/share/man/nl/man1" "$dest/share/bash-completion/completions" "$dest/share/$zsh_dir"
    "$bin/koers" --generate man --lang en > "$dest/share/man/man1/koers.1"
    "$bin/koers" --generate man --lang nl > "$dest/share/man/nl/man1/koers.1"
    "$bin/koers" --generate complete-bash > "$dest/share/bash-completion/completions/koers"
    "$bin/koers" --generate complete-zsh --lang en > "$dest/share/$zsh_dir/_koers"
    chmod -R u=rwX,go=rX "$dest/share/koers" "$dest/share/man" "$dest/share/bash-completion" "$dest/share/$zsh_dir"
}
