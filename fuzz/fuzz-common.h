/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-common.h — what every libFuzzer target of the Thai core shares. */
#pragma once

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The input as a NUL-terminated string (embedded NULs cut it short, as they
 * would for any C caller). */
static inline char *
fuzz_string (const uint8_t *data,
             size_t         size)
{
  char *s = g_malloc (size + 1);

  memcpy (s, data, size);
  s[size] = '\0';
  return s;
}

/* A broken promise is a crash the fuzzer reports. */
#define FUZZ_CHECK(cond) do { if (!(cond)) { g_printerr ("check failed: %s\n", #cond); abort (); } } while (0)
