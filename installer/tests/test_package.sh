#!/usr/bin/env bash
# Builds the DEB packages with CPack, unpacks them into a throwaway root and checks that what a user
# installs works: the file list, `doris-import --version`, the GUI self-test offscreen, and the desktop
# and AppStream files (validated when desktop-file-validate / appstreamcli are installed).
set -euo pipefail
build_dir=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack could not build the DEB packages"; }
main_deb=$(ls "$work"/pkg/doris-import-assistant_"$version"_*.deb)
sandbox_deb=$(ls "$work"/pkg/doris-import-assistant-sandbox_"$version"_*.deb 2>/dev/null || true)

root="$work/root"
dpkg-deb -x "$main_deb" "$root"
expect_files=(
    usr/bin/doris-import-assistant
    usr/bin/doris-import
    usr/share/applications/io.github.dorisimport.Assistant.desktop
    usr/share/metainfo/io.github.dorisimport.Assistant.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/io.github.dorisimport.Assistant.svg
    usr/share/icons/hicolor/48x48/apps/io.github.dorisimport.Assistant.png
    usr/share/icons/hicolor/256x256/apps/io.github.dorisimport.Assistant.png
    usr/share/man/man1/doris-import.1.gz
)
for f in "${expect_files[@]}"; do
    [ -e "$root/$f" ] || fail "package lacks $f"
done
[ -e "$root/usr/bin/doris-sim" ] && fail "doris-sim must be in the sandbox package, not the main one"

depends=$(dpkg-deb -f "$main_deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqcustomplot libquazip1-qt6 libuchardet0 libqt6keychain1; do
    echo "$depends" | grep -q "$lib" || fail "Depends lacks $lib (shlibdeps)"
done

"$root/usr/bin/doris-import" --version | grep -qx "doris-import $version" || fail "doris-import --version"
QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/doris-import-assistant" --self-test || fail "GUI --self-test"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/io.github.dorisimport.Assistant.desktop" || fail "desktop file"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.github.dorisimport.Assistant.metainfo.xml" \
        || appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.dorisimport.Assistant.metainfo.xml" \
        || fail "AppStream metainfo"
fi

if [ -x "$build_dir/bin/doris-sim" ]; then
    [ -n "$sandbox_deb" ] || fail "no sandbox package although doris-sim is built"
    dpkg-deb -x "$sandbox_deb" "$work/sandbox"
    [ -x "$work/sandbox/usr/bin/doris-sim" ] || fail "sandbox package lacks doris-sim"
fi
echo "package OK: $(basename "$main_deb") ${sandbox_deb:+and $(basename "$sandbox_deb")}"
