/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-number-book.h — PrdNumberBook: where memo and order numbers come from.
 *
 * A memo is numbered "ที่ <prefix>/<seq>" and an order "<seq>/<BE year>";
 * each running number restarts every calendar year. The papers write the
 * year in the Buddhist era; the records keep it as number_year in the
 * Christian era (BE = CE + 543), and so does this book. A number once
 * given is not given again, even when its paper was deleted.
 *
 * Today the book reads this PC's papers (the highest number of the year,
 * plus one); it is the one place that hands numbers out, so the sync issue
 * can make them unique across the office's PCs here. Call it inside the
 * transaction that writes the paper. Core, no GTK. */
#pragma once

#include <gio/gio.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

typedef enum {
  PRD_NUMBER_MEMO,    /* บันทึกข้อความ: memo.number_seq */
  PRD_NUMBER_ORDER,   /* คำสั่ง: appointment_order.number_seq */
} PrdNumberKind;

#define PRD_TYPE_NUMBER_BOOK (prd_number_book_get_type ())
G_DECLARE_FINAL_TYPE (PrdNumberBook, prd_number_book, PRD, NUMBER_BOOK, GObject)

PrdNumberBook *prd_number_book_new  (PrdStore       *store);
/* The next number of KIND in calendar YEAR (CE); 0 and ERROR when the
 * papers could not be read. */
int            prd_number_book_next (PrdNumberBook  *self,
                                     PrdNumberKind   kind,
                                     int             year,
                                     GError        **error);

G_END_DECLS
