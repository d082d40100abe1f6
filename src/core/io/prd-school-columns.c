/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-school-columns.c — recognising the headers of a school list. */
#define G_LOG_DOMAIN "prd-io"

#include <glib/gi18n.h>
#include <string.h>

#include "prd-import-fields.h"
#include "prd-school-columns.h"

/* Parts of headers, most specific first ("ชื่อตำบล" before "ชื่อ"). */
static const struct {
  const char      *part;
  PrdSchoolColumn  column;
} parts[] = {
  { "รหัส", PRD_SCHOOL_COLUMN_CODE },
  { "code", PRD_SCHOOL_COLUMN_CODE },
  { "smis", PRD_SCHOOL_COLUMN_CODE },
  { "ตำบล", PRD_SCHOOL_COLUMN_SUBDISTRICT },
  { "แขวง", PRD_SCHOOL_COLUMN_SUBDISTRICT },
  { "subdistrict", PRD_SCHOOL_COLUMN_SUBDISTRICT },
  { "tambon", PRD_SCHOOL_COLUMN_SUBDISTRICT },
  { "อำเภอ", PRD_SCHOOL_COLUMN_DISTRICT },
  { "เขต", PRD_SCHOOL_COLUMN_DISTRICT },
  { "district", PRD_SCHOOL_COLUMN_DISTRICT },
  { "amphoe", PRD_SCHOOL_COLUMN_DISTRICT },
  { "จังหวัด", PRD_SCHOOL_COLUMN_PROVINCE },
  { "province", PRD_SCHOOL_COLUMN_PROVINCE },
  { "โรงเรียน", PRD_SCHOOL_COLUMN_NAME },
  { "สถานศึกษา", PRD_SCHOOL_COLUMN_NAME },
  { "ชื่อ", PRD_SCHOOL_COLUMN_NAME },
  { "school", PRD_SCHOOL_COLUMN_NAME },
  { "name", PRD_SCHOOL_COLUMN_NAME },
};

PrdSchoolColumn
prd_school_column_recognise (const char *header)
{
  g_autofree char *h = NULL;

  if (header == NULL)
    return PRD_SCHOOL_COLUMN_IGNORE;
  h = prd_import_fold_header (header);
  if (*h == '\0')
    return PRD_SCHOOL_COLUMN_IGNORE;
  /* "รหัสโรงเรียน" is a code, "ชื่อโรงเรียน" a name: the first part found wins. */
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (strstr (h, parts[i].part) != NULL)
      return parts[i].column;
  return PRD_SCHOOL_COLUMN_IGNORE;
}

const char *
prd_school_column_label (PrdSchoolColumn column)
{
  switch (column)
    {
    case PRD_SCHOOL_COLUMN_CODE:        return _("School code");
    case PRD_SCHOOL_COLUMN_NAME:        return _("School name");
    case PRD_SCHOOL_COLUMN_DISTRICT:    return _("District");
    case PRD_SCHOOL_COLUMN_SUBDISTRICT: return _("Sub-district");
    case PRD_SCHOOL_COLUMN_PROVINCE:    return _("Province");
    case PRD_SCHOOL_COLUMN_IGNORE:
    case PRD_SCHOOL_N_COLUMNS:
    default:                            return "";
    }
}
