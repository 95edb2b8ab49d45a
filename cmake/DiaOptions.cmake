# Project-wide compile options travel with targets, not directories.
add_library(dia_options INTERFACE)
add_library(dia::options ALIAS dia_options)
target_compile_features(dia_options INTERFACE cxx_std_17)
target_compile_options(dia_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
    $<$<BOOL:${DIA_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(dia_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    # Debian's qcustomplot.h uses foreach: targets including it set the DIA_ALLOW_FOREACH property.
    $<$<NOT:$<BOOL:$<TARGET_PROPERTY:DIA_ALLOW_FOREACH>>>:QT_NO_FOREACH>
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    DIA_VERSION="${PROJECT_VERSION}")

# core and its tests: no bare signals/slots/emit (Debian's qcustomplot.h needs them, so not on ui).
add_library(dia_no_keywords INTERFACE)
add_library(dia::no_keywords ALIAS dia_no_keywords)
target_compile_definitions(dia_no_keywords INTERFACE QT_NO_KEYWORDS)

# Sanitizers for the asan preset.
option(DIA_SANITIZE "Build with address and undefined-behaviour sanitizers" OFF)
if(DIA_SANITIZE)
    target_compile_options(dia_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(dia_options INTERFACE -fsanitize=address,undefined)
endif()

# Fuzzing (clang): instrument everything the fuzz targets link, so libFuzzer gets coverage from the readers.
if(DIA_BUILD_FUZZERS)
    target_compile_options(dia_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(dia_options INTERFACE -fsanitize=address,undefined)
endif()
