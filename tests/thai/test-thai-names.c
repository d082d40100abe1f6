/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Title prefixes, given names and surnames; the list sort key. */
#include <locale.h>
#include <string.h>

#include "thai/prd-thai.h"
#include "thai/prd-thai-names.h"

typedef struct {
  const char *full;
  const char *title, *given, *surname;
} NameCase;

static const NameCase name_cases[] = {
  { "นายสมชาย ใจดี", "นาย", "สมชาย", "ใจดี" },
  { "นาย สมชาย ใจดี", "นาย", "สมชาย", "ใจดี" },
  { "นางสมศรี รักเรียน", "นาง", "สมศรี", "รักเรียน" },
  { "นางสาววรรณา ศรีสุข", "นางสาว", "วรรณา", "ศรีสุข" },
  { "นางสาวิตรี ศรีสุข", "นาง", "สาวิตรี", "ศรีสุข" },      /* นาง + สาวิตรี, not นางสาว + ิตรี */
  { "น.ส.กมลวรรณ แสงทอง", "น.ส.", "กมลวรรณ", "แสงทอง" },
  { "ด.ช.ธนพล ใจกล้า", "ด.ช.", "ธนพล", "ใจกล้า" },
  { "ด.ญ.ปิยะดา มีสุข", "ด.ญ.", "ปิยะดา", "มีสุข" },
  { "เด็กชายธนพล ใจกล้า", "เด็กชาย", "ธนพล", "ใจกล้า" },
  { "เด็กหญิงปิยะดา มีสุข", "เด็กหญิง", "ปิยะดา", "มีสุข" },
  { "ดร.สมศักดิ์ เก่งงาน", "ดร.", "สมศักดิ์", "เก่งงาน" },
  { "ผศ.ดร.สมชาย ใจดี", "ผศ.ดร.", "สมชาย", "ใจดี" },
  { "ผศ. ดร. สมชาย ใจดี", "ผศ. ดร.", "สมชาย", "ใจดี" },
  { "รศ.ดร.วิไล พรหมมา", "รศ.ดร.", "วิไล", "พรหมมา" },
  { "ศ.ดร.ประเสริฐ วงศ์ไทย", "ศ.ดร.", "ประเสริฐ", "วงศ์ไทย" },
  { "ศ.นพ.ประเสริฐ วงศ์ไทย", "ศ.นพ.", "ประเสริฐ", "วงศ์ไทย" },
  { "ว่าที่ร้อยตรีอนุชา แก้วมณี", "ว่าที่ร้อยตรี", "อนุชา", "แก้วมณี" },
  { "ว่าที่ ร.ต.อนุชา แก้วมณี", "ว่าที่ ร.ต.", "อนุชา", "แก้วมณี" },
  { "ว่าที่ร.ต.หญิงสุดา แก้วมณี", "ว่าที่ร.ต.หญิง", "สุดา", "แก้วมณี" },
  { "ว่าที่ร้อยตรี ดร.อนุชา แก้วมณี", "ว่าที่ร้อยตรี ดร.", "อนุชา", "แก้วมณี" },
  { "พันเอกวีระ กล้าหาญ", "พันเอก", "วีระ", "กล้าหาญ" },
  { "พ.อ.วีระ กล้าหาญ", "พ.อ.", "วีระ", "กล้าหาญ" },
  { "พล.อ.ประยุทธ มั่นคง", "พล.อ.", "ประยุทธ", "มั่นคง" },
  { "ร.อ.หญิงสุภา ทองดี", "ร.อ.หญิง", "สุภา", "ทองดี" },
  { "จ.ส.อ.บุญมี ศรีสุข", "จ.ส.อ.", "บุญมี", "ศรีสุข" },
  { "พ.ต.อ.สมพงษ์ รักษา", "พ.ต.อ.", "สมพงษ์", "รักษา" },
  { "ร.ต.อ.หญิงมาลี ดีงาม", "ร.ต.อ.หญิง", "มาลี", "ดีงาม" },
  { "พลตำรวจเอกสมพงษ์ รักษา", "พลตำรวจเอก", "สมพงษ์", "รักษา" },
  { "ด.ต.ชาญ ชัยชนะ", "ด.ต.", "ชาญ", "ชัยชนะ" },
  { "ส.ต.ต.ชาญ ชัยชนะ", "ส.ต.ต.", "ชาญ", "ชัยชนะ" },
  { "น.ท.ไพโรจน์ ทะเลสวย", "น.ท.", "ไพโรจน์", "ทะเลสวย" },
  { "พลเรือเอกไพโรจน์ ทะเลสวย", "พลเรือเอก", "ไพโรจน์", "ทะเลสวย" },
  { "นพ.ธีระ สุขภาพดี", "นพ.", "ธีระ", "สุขภาพดี" },
  { "พญ.มาลัย สุขภาพดี", "พญ.", "มาลัย", "สุขภาพดี" },
  { "พระครูสมุห์สมชาย ธมฺมธโร", "พระครู", "สมุห์สมชาย", "ธมฺมธโร" },
  { "พระพาย ใจดี", "", "พระพาย", "ใจดี" },                    /* a name, not พระ + พาย */
  { "พระ สมชาย ใจดี", "พระ", "สมชาย", "ใจดี" },
  { "คุณากร ใจดี", "", "คุณากร", "ใจดี" },
  { "คุณ สมศรี", "คุณ", "สมศรี", "" },
  { "สมชาย ใจดี", "", "สมชาย", "ใจดี" },
  { "สมชาย", "", "สมชาย", "" },
  { "  นาย   สมชาย    ใจดี  ", "นาย", "สมชาย", "ใจดี" },
  { "นายสมชาย ณ อยุธยา", "นาย", "สมชาย", "ณ อยุธยา" },
  { "Mr. John Smith", "Mr.", "John", "Smith" },
  { "Dr.Jane Doe", "Dr.", "Jane", "Doe" },
  { "Miss Jane Doe", "Miss", "Jane", "Doe" },
  { "Missy Doe", "", "Missy", "Doe" },
  { "นาย", "นาย", "", "" },
  { "", "", "", "" },
  { "นายิกา ใจดี", "", "นายิกา", "ใจดี" },                   /* ิ cannot start a name */
};

static void
test_split (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (name_cases); i++)
    {
      const NameCase *c = &name_cases[i];
      g_autofree char *title = NULL, *given = NULL, *surname = NULL;

      g_test_message ("name case %u: %s", i, c->full);
      prd_thai_name_split (c->full, &title, &given, &surname);
      g_assert_cmpstr (title, ==, c->title);
      g_assert_cmpstr (given, ==, c->given);
      g_assert_cmpstr (surname, ==, c->surname);
    }
  prd_thai_name_split ("นายสมชาย ใจดี", NULL, NULL, NULL);   /* all outputs optional */
}

static const char *const titles[] = { "นาย", "ผศ.ดร.", "ว่าที่ร้อยตรี", "พ.ต.อ.หญิง", "รศ. ดร." };
static const char *const not_titles[] = { "", "สมชาย", "นายสมชาย", "ดร.x" };

static void
test_is_title (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    g_assert_true (prd_thai_name_is_title (titles[i]));
  for (guint i = 0; i < G_N_ELEMENTS (not_titles); i++)
    g_assert_false (prd_thai_name_is_title (not_titles[i]));
}

/* Lists sort by given name without the title, in Thai order. */
static const char *const by_given_name[] = {
  "ดร.กมล สุขใจ",
  "นางสาวขวัญใจ ดีงาม",
  "นายจักรพงษ์ ทองคำ",
  "นางใจดี มีสุข",          /* ใจ: จ then ใ, after จักรพงษ์ */
  "ผศ.ดร.สมชาย ใจดี",
  "นายสมชาย ใจเย็น",        /* same given name: the surname decides */
  "นายสมศักดิ์ ก้าวหน้า",
  "ว่าที่ร้อยตรีอนุชา แก้วมณี",
  "นางอรุณี ศรีสุข",
  "นายเอกชัย ชัยมงคล",
};

static int
compare_keys (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  g_autofree char *ka = prd_thai_name_sort_key (*(const char *const *) a);
  g_autofree char *kb = prd_thai_name_sort_key (*(const char *const *) b);

  return strcmp (ka, kb);
}

static void
test_sort_key (void)
{
  guint n = G_N_ELEMENTS (by_given_name);
  g_autofree const char **names = g_new (const char *, n);

  for (guint i = 0; i < n; i++)
    names[i] = by_given_name[(i * 3 + 1) % n];
  g_qsort_with_data (names, (gint) n, sizeof (char *), compare_keys, NULL);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (names[i], ==, by_given_name[i]);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/thai/names/split", test_split);
  g_test_add_func ("/thai/names/is-title", test_is_title);
  g_test_add_func ("/thai/names/sort-key", test_sort_key);
  return g_test_run ();
}
