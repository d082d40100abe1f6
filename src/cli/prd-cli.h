/* prd-cli.h — what every prdesk-cli command shares. */
#pragma once

#include <glib.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

enum {
  PRD_EXIT_OK = 0,
  PRD_EXIT_FAILED = 1,
  PRD_EXIT_USAGE = 2,
};

typedef struct {
  const char *db_path;   /* from --db, or NULL for the default */
} PrdCli;

typedef int (*PrdCliHandler) (PrdCli *cli, int argc, char **argv);

typedef struct {
  const char    *name;
  const char    *usage;     /* arguments after the name, untranslated syntax */
  const char    *summary;   /* N_() marked */
  PrdCliHandler  run;
} PrdCliCommand;

extern const PrdCliCommand prd_cli_commands[];

/* Helpers for the commands. */
/* The store at --db (or the default): open_store refuses a --db path where
 * there is no file, create_store (for init) makes it. */
PrdStore *prd_cli_open_store       (PrdCli       *cli,
                                    GError      **error);
PrdStore *prd_cli_create_store     (PrdCli       *cli,
                                    GError      **error);
int       prd_cli_fail             (const GError *error);
int       prd_cli_usage_error      (const char   *command,
                                    const char   *message);
gboolean  prd_cli_parse            (GOptionEntry *entries,
                                    const char   *command,
                                    int          *argc,
                                    char       ***argv,
                                    int          *exit_code);

int prd_cli_init   (PrdCli *cli, int argc, char **argv);
int prd_cli_backup (PrdCli *cli, int argc, char **argv);
int prd_cli_memo   (PrdCli *cli, int argc, char **argv);
int prd_cli_memo_decisions (PrdCli *cli, int argc, char **argv);
int prd_cli_order  (PrdCli *cli, int argc, char **argv);
int prd_cli_certificates (PrdCli *cli, int argc, char **argv);
int prd_cli_holidays (PrdCli *cli, int argc, char **argv);
int prd_cli_members (PrdCli *cli, int argc, char **argv);
int prd_cli_schools (PrdCli *cli, int argc, char **argv);
int prd_cli_calendar (PrdCli *cli, int argc, char **argv);

G_END_DECLS
