/* prd-demo-calendar.c — the demo office's PR calendar for fiscal year 2570
 * (1 Oct 2569 – 30 Sep 2570 BE): the office's holidays, seed 000's OBEC
 * programme every Thursday, the weekly and monthly routine, and the
 * activities of a busy year, December 2569 the busiest (some days hold
 * more than eight items). A fixed seed: the same calendar on every run. */
#define G_LOG_DOMAIN "prd-model"

#include "prd-demo.h"
#include "prd-event.h"
#include "prd-holiday.h"

#define CALENDAR_SEED 2570
/* The database version that brought the event table (0010-events.sql). */
#define EVENTS_VERSION 10
/* The fiscal year's first and last day. */
#define FY_FIRST 2026, 10, 1
#define FY_LAST  2027, 9, 30

typedef struct {
  PrdStore  *store;
  GRand     *rand;
  GError   **error;
} Cal;

static GDate
ymd (int y, int m, int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return date;
}

static gboolean
save (Cal      *c,
      PrdEvent *event)
{
  return prd_record_save (PRD_RECORD (event), c->store, c->error);
}

static PrdEvent *
timed (const char  *title,
       const char  *kind,
       const char  *place,
       const GDate *day,
       int          h1,
       int          m1,
       int          h2,
       int          m2,
       const char  *rrule)
{
  PrdEvent *event = prd_event_new ();
  GTimeZone *tz = prd_event_timezone ();
  g_autoptr(GDateTime) start = g_date_time_new (tz, g_date_get_year (day), g_date_get_month (day),
                                                g_date_get_day (day), h1, m1, 0);
  g_autoptr(GDateTime) end = g_date_time_new (tz, g_date_get_year (day), g_date_get_month (day),
                                              g_date_get_day (day), h2, m2, 0);

  prd_event_set_title (event, title);
  prd_event_set_kind (event, kind);
  prd_event_set_place (event, place ? place : "");
  prd_event_set_timed (event, start, end);
  prd_event_set_rrule (event, rrule ? rrule : "");
  return event;
}

static gboolean
add_timed (Cal         *c,
           const char  *title,
           const char  *kind,
           const char  *place,
           GDate        day,
           int          h1,
           int          m1,
           int          h2,
           int          m2,
           const char  *rrule)
{
  g_autoptr(PrdEvent) event = timed (title, kind, place, &day, h1, m1, h2, m2, rrule);

  return save (c, event);
}

static gboolean
add_days (Cal        *c,
          const char *title,
          const char *kind,
          const char *place,
          GDate       first,
          GDate       last,
          const char *rrule)
{
  g_autoptr(PrdEvent) event = prd_event_new ();

  prd_event_set_title (event, title);
  prd_event_set_kind (event, kind);
  prd_event_set_place (event, place ? place : "");
  prd_event_set_all_day (event, &first, &last);
  prd_event_set_rrule (event, rrule ? rrule : "");
  return save (c, event);
}

static const struct { int y, m, d; const char *name; const char *kind; } holidays[] = {
  { 2026, 10, 13, "วันนวมินทรมหาราช", PRD_HOLIDAY_PUBLIC },
  { 2026, 10, 23, "วันปิยมหาราช", PRD_HOLIDAY_PUBLIC },
  { 2026, 12, 5, "วันพ่อแห่งชาติ", PRD_HOLIDAY_PUBLIC },
  { 2026, 12, 7, "ชดเชยวันพ่อแห่งชาติ", PRD_HOLIDAY_PUBLIC },
  { 2026, 12, 10, "วันรัฐธรรมนูญ", PRD_HOLIDAY_PUBLIC },
  { 2026, 12, 31, "วันสิ้นปี", PRD_HOLIDAY_PUBLIC },
  { 2027, 1, 1, "วันขึ้นปีใหม่", PRD_HOLIDAY_PUBLIC },
  { 2027, 1, 16, "วันครู (สำนักงานปิดทำการ)", PRD_HOLIDAY_CLOSURE },
  { 2027, 4, 6, "วันจักรี", PRD_HOLIDAY_PUBLIC },
  { 2027, 4, 13, "วันสงกรานต์", PRD_HOLIDAY_PUBLIC },
  { 2027, 4, 14, "วันสงกรานต์", PRD_HOLIDAY_PUBLIC },
  { 2027, 4, 15, "วันสงกรานต์", PRD_HOLIDAY_PUBLIC },
  { 2027, 5, 4, "วันฉัตรมงคล", PRD_HOLIDAY_PUBLIC },
  { 2027, 6, 3, "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี", PRD_HOLIDAY_PUBLIC },
  { 2027, 7, 28, "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว", PRD_HOLIDAY_PUBLIC },
  { 2027, 8, 12, "วันแม่แห่งชาติ", PRD_HOLIDAY_PUBLIC },
};

static gboolean
is_holiday (const GDate *day)
{
  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    if (holidays[i].y == (int) g_date_get_year (day) && holidays[i].m == (int) g_date_get_month (day) &&
        holidays[i].d == (int) g_date_get_day (day))
      return TRUE;
  return FALSE;
}

/* The routine stops on days off: each holiday becomes an EXDATE of the
 * occurrence at H:M that day (none where the rule has no occurrence). */
static void
skip_holidays (PrdEvent *event,
               int       h,
               int       m)
{
  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    {
      g_autoptr(GDateTime) t = g_date_time_new (prd_event_timezone (), holidays[i].y, holidays[i].m,
                                                holidays[i].d, h, m, 0);
      g_autoptr(GDateTime) after = g_date_time_add_minutes (t, 1);
      g_autoptr(GPtrArray) hit = prd_event_expand (event, t, after, 1);

      if (hit->len > 0)
        prd_event_exclude (event, t);
    }
}

/* The days off of the year that fall on fixed dates; the lunar ones
 * (มาฆบูชา, วิสาขบูชา, อาสาฬหบูชา, เข้าพรรษา) the office imports from the
 * cabinet's calendar (.ics) when they are announced. */
static gboolean
write_holidays (Cal *c)
{

  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    {
      GDate date = ymd (holidays[i].y, holidays[i].m, holidays[i].d);

      if (!prd_holiday_add (c->store, &date, holidays[i].name, holidays[i].kind, c->error))
        return FALSE;
    }
  return TRUE;
}

/* The routine: seed 000's programme, the weekly meeting, the radio slot,
 * the daily post (none of them on a day off), the newsletter, the network
 * committee. */
static gboolean
write_routine (Cal *c)
{
  g_autoptr(PrdEvent) obec = NULL;
  g_autoptr(PrdEvent) live = NULL;
  g_autoptr(PrdEvent) meeting = NULL;
  g_autoptr(PrdEvent) radio = NULL;
  g_autoptr(PrdEvent) post = NULL;
  g_autoptr(GDateTime) dec17 = g_date_time_new (prd_event_timezone (), 2026, 12, 17, 8, 0, 0);
  g_autoptr(GDateTime) live_start = g_date_time_new (prd_event_timezone (), 2026, 12, 17, 10, 0, 0);
  g_autoptr(GDateTime) live_end = g_date_time_new (prd_event_timezone (), 2026, 12, 17, 11, 0, 0);
  GDate day;

  day = ymd (2024, 11, 28);
  obec = timed ("รายการข่าว สพฐ. ช่วงเปิดมุมมองกับ Kru influ", PRD_EVENT_BROADCAST,
                "DLTV ช่อง 15, OBEC Channel", &day, 8, 0, 9, 0, "FREQ=WEEKLY;BYDAY=TH");
  prd_event_set_notes (obec, "สพฐ. คัดเลือกผลงานครู TikTokers ออกอากาศทุกวันพฤหัสบดี เวลา 08.00 - 09.00 น. "
                             "(หนังสือ สพฐ. ลงวันที่ 25 พฤศจิกายน 2567)");
  if (!save (c, obec))
    return FALSE;
  /* This one only: on 17 Dec the programme goes out live from the fair. */
  live = prd_event_new_override (obec, dec17);
  prd_event_set_timed (live, live_start, live_end);
  prd_event_set_title (live, "รายการข่าว สพฐ. ถ่ายทอดสดจากงานมหกรรมวิชาการ");
  if (!save (c, live))
    return FALSE;

  day = ymd (2026, 10, 5);
  meeting = timed ("ประชุมทีมประชาสัมพันธ์ประจำสัปดาห์", PRD_EVENT_MEETING, "ห้องกลุ่มอำนวยการ",
                   &day, 9, 0, 10, 0, "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270930T170000Z");
  skip_holidays (meeting, 9, 0);
  day = ymd (2026, 10, 6);
  radio = timed ("รายการวิทยุ \"ธารทองการศึกษา\"", PRD_EVENT_BROADCAST, "สวท.ธารทอง FM 95.5",
                 &day, 10, 0, 10, 30, "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270930T170000Z");
  skip_holidays (radio, 10, 0);
  day = ymd (2026, 10, 1);
  post = timed ("โพสต์ข่าวประจำวันลงเพจและกลุ่ม LINE", PRD_EVENT_OTHER, "",
                &day, 15, 0, 15, 30, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20270930T170000Z");
  skip_holidays (post, 15, 0);
  if (!save (c, meeting) || !save (c, radio) || !save (c, post))
    return FALSE;

  return add_days (c, "ส่งจดหมายข่าวประจำเดือน", PRD_EVENT_ACTIVITY, "",
                   ymd (2026, 10, 25), ymd (2026, 10, 25), "FREQ=MONTHLY;BYMONTHDAY=25;COUNT=12") &&
         add_timed (c, "ประชุมคณะกรรมการเครือข่ายประชาสัมพันธ์", PRD_EVENT_MEETING, "ห้องประชุมธารทอง",
                    ymd (2026, 10, 14), 13, 30, 16, 30, "FREQ=MONTHLY;BYDAY=2WE;COUNT=12");
}

/* December 2569, the month the demo opens on: a camp, a fair, and days
 * full of visits. */
static gboolean
write_december (Cal *c)
{
  static const struct { int d, h1, m1, h2, m2; const char *title, *kind, *place; } items[] = {
    { 16, 8, 30, 9, 30, "ประชุมเตรียมงานมหกรรมวิชาการ", PRD_EVENT_MEETING, "ห้องประชุมธารทอง" },
    { 16, 9, 0, 10, 0, "สัมภาษณ์ผู้อำนวยการเขตพื้นที่ ออกรายการวิทยุ", PRD_EVENT_BROADCAST, "สวท.ธารทอง" },
    { 16, 9, 30, 11, 0, "ถ่ายภาพกิจกรรมค่ายสื่อสร้างสรรค์", PRD_EVENT_ACTIVITY, "โรงเรียนบ้านหนองบัว" },
    { 16, 10, 0, 11, 0, "ตรวจร่างข่าวก่อนเสนอผู้อำนวยการ", PRD_EVENT_OTHER, "" },
    { 16, 11, 0, 12, 0, "ประสานหนังสือพิมพ์ท้องถิ่นทำข่าวงานมหกรรม", PRD_EVENT_OTHER, "" },
    { 16, 13, 0, 14, 0, "ถ่ายทำคลิป TikTok ครูนักสร้างสรรค์", PRD_EVENT_ACTIVITY, "โรงเรียนบ้านดอนแก้ว" },
    { 16, 13, 30, 15, 0, "อบรมการเขียนข่าวให้ครูแอดมินเพจโรงเรียน", PRD_EVENT_ACTIVITY, "ห้องประชุม 2" },
    { 16, 14, 0, 15, 0, "แจ้งเครือข่ายกำหนดการงานมหกรรมวิชาการ", PRD_EVENT_OTHER, "กลุ่ม LINE เครือข่าย" },
    { 16, 15, 30, 16, 30, "สรุปภาพข่าวประจำวันค่ายสื่อ", PRD_EVENT_OTHER, "" },
    { 17, 9, 0, 12, 0, "ประชุมกลุ่มโรงเรียนห้วยพลู", PRD_EVENT_MEETING, "โรงเรียนบ้านห้วยพลู" },
    { 17, 9, 30, 10, 30, "ถ่ายภาพผู้บริหารเยี่ยมโรงเรียน", PRD_EVENT_ACTIVITY, "โรงเรียนบ้านโคกสวรรค์" },
    { 17, 11, 0, 12, 0, "ส่งข่าวผลงานครู TikTokers ให้ สพฐ.", PRD_EVENT_OTHER, "" },
    { 17, 13, 0, 14, 30, "ประชุมคณะทำงานจัดทำวารสาร", PRD_EVENT_MEETING, "ห้องกลุ่มอำนวยการ" },
    { 17, 14, 0, 16, 0, "ถ่ายทำสารคดีสั้นโรงเรียนต้นแบบ", PRD_EVENT_ACTIVITY, "โรงเรียนบ้านนาใหม่" },
    { 24, 9, 0, 10, 0, "แถลงข่าวผลงานมหกรรมวิชาการ", PRD_EVENT_BROADCAST, "ห้องประชุมธารทอง" },
    { 24, 10, 30, 12, 0, "มอบเกียรติบัตรครู TikTokers ยอดวิวสูงสุด", PRD_EVENT_ACTIVITY, "ลานกิจกรรมงานมหกรรม" },
    { 24, 13, 0, 14, 0, "สัมภาษณ์นักเรียนผู้ชนะการประกวด", PRD_EVENT_ACTIVITY, "" },
    { 24, 14, 0, 15, 0, "ประชุมสรุปงานประชาสัมพันธ์งานมหกรรม", PRD_EVENT_MEETING, "ห้องประชุม 1" },
    { 30, 13, 0, 16, 30, "งดให้บริการระบบสารบรรณ (ย้ายระบบเครือข่าย)", PRD_EVENT_CLOSURE, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    if (!add_timed (c, items[i].title, items[i].kind, items[i].place, ymd (2026, 12, items[i].d),
                    items[i].h1, items[i].m1, items[i].h2, items[i].m2, NULL))
      return FALSE;
  return add_days (c, "ค่ายสื่อสร้างสรรค์ ครู TikTokers รุ่นที่ 1", PRD_EVENT_ACTIVITY, "ศูนย์การเรียนรู้ธารทอง",
                   ymd (2026, 12, 14), ymd (2026, 12, 16), NULL) &&
         add_days (c, "งานมหกรรมวิชาการ สพป.นครธารทอง เขต 2", PRD_EVENT_ACTIVITY, "สนามกีฬาจังหวัด",
                   ymd (2026, 12, 22), ymd (2026, 12, 24), NULL);
}

/* The rest of the year: a visit, a shoot or a meeting on most working days. */
static gboolean
write_year (Cal *c)
{
  static const char *const what[] = {
    "ถ่ายภาพกิจกรรม", "เผยแพร่ผลงาน", "สัมภาษณ์ผู้บริหาร", "นิเทศงานประชาสัมพันธ์",
    "ถ่ายทำคลิป TikTok ที่", "ทำข่าวกิจกรรมวันสำคัญ", "ประชุมเครือข่ายประชาสัมพันธ์",
  };
  static const char *const kinds[] = {
    PRD_EVENT_ACTIVITY, PRD_EVENT_ACTIVITY, PRD_EVENT_BROADCAST, PRD_EVENT_ACTIVITY,
    PRD_EVENT_ACTIVITY, PRD_EVENT_ACTIVITY, PRD_EVENT_MEETING,
  };
  static const char *const schools[] = {
    "หนองบัว", "ดอนแก้ว", "ห้วยพลู", "โคกสวรรค์", "นาใหม่", "ทรายงาม", "เนินไทร", "สระบัว",
    "ไผ่ล้อม", "โพธิ์ศรี", "ลำตาล", "หินตั้ง",
  };
  GDate day = ymd (FY_FIRST), last = ymd (FY_LAST);

  for (; g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 1))
    {
      GDateWeekday wd = g_date_get_weekday (&day);
      int n;

      if (wd == G_DATE_SATURDAY || wd == G_DATE_SUNDAY || is_holiday (&day))
        continue;
      n = g_rand_int_range (c->rand, 0, 3);
      for (int i = 0; i < n; i++)
        {
          int k = g_rand_int_range (c->rand, 0, G_N_ELEMENTS (what));
          const char *school = schools[g_rand_int_range (c->rand, 0, G_N_ELEMENTS (schools))];
          g_autofree char *title = g_strdup_printf ("%s โรงเรียนบ้าน%s", what[k], school);
          g_autofree char *place = g_strdup_printf ("โรงเรียนบ้าน%s", school);
          int h = g_rand_int_range (c->rand, 9, 15);

          if (!add_timed (c, title, kinds[k], place, day, h, 0, h + 1, 30, NULL))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
prd_demo_write_calendar (PrdStore  *store,
                         GError   **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (CALENDAR_SEED);
  Cal c = { store, rand, error };

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);

  /* A database kept at an older version (the migration tests) has no
   * calendar yet. */
  if (prd_store_get_version (store) < EVENTS_VERSION)
    return TRUE;
  return write_holidays (&c) && write_routine (&c) && write_december (&c) && write_year (&c);
}
