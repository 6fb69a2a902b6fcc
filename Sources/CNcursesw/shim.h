#ifndef BORDERTRACK_CNCURSESW_SHIM_H
#define BORDERTRACK_CNCURSESW_SHIM_H

/* Wide-character ncurses for Swift: the macros and globals Swift cannot import are
   wrapped here as static inline functions. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Globals (not importable safely under Swift 6 strict concurrency). */
static inline WINDOW *bt_stdscr(void) { return stdscr; }
static inline int bt_lines(void) { return LINES; }
static inline int bt_cols(void) { return COLS; }

/* Whether the terminal can move the cursor (terminfo `cup`): the screens need it; TERM=dumb cannot. */
static inline int bt_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/* Attributes. */
static inline attr_t bt_a_normal(void) { return A_NORMAL; }
static inline attr_t bt_a_bold(void) { return A_BOLD; }
static inline attr_t bt_a_dim(void) { return A_DIM; }
static inline attr_t bt_a_reverse(void) { return A_REVERSE; }
static inline attr_t bt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t bt_a_standout(void) { return A_STANDOUT; }

/* Keys reported through get_wch's KEY_CODE_YES path. */
static inline int bt_key_code_yes(void) { return KEY_CODE_YES; }
static inline int bt_key_resize(void) { return KEY_RESIZE; }
static inline int bt_key_mouse(void) { return KEY_MOUSE; }
static inline int bt_key_up(void) { return KEY_UP; }
static inline int bt_key_down(void) { return KEY_DOWN; }
static inline int bt_key_left(void) { return KEY_LEFT; }
static inline int bt_key_right(void) { return KEY_RIGHT; }
static inline int bt_key_home(void) { return KEY_HOME; }
static inline int bt_key_end(void) { return KEY_END; }
static inline int bt_key_npage(void) { return KEY_NPAGE; }
static inline int bt_key_ppage(void) { return KEY_PPAGE; }
static inline int bt_key_backspace(void) { return KEY_BACKSPACE; }
static inline int bt_key_dc(void) { return KEY_DC; }
static inline int bt_key_enter(void) { return KEY_ENTER; }
static inline int bt_key_btab(void) { return KEY_BTAB; }
static inline int bt_key_f(int n) { return KEY_F(n); }

/* Mouse. */
static inline mmask_t bt_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t bt_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t bt_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t bt_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t bt_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t bt_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t bt_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t bt_button5_pressed(void) { return 0; }
#endif

/* Colours. */
static inline int bt_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline attr_t bt_color_pair_attr(int n) { return (attr_t)COLOR_PAIR(n); }

/* Write one wide-character cell (a grapheme given as up to CCHARW_MAX code points). */
static inline int bt_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}
static inline int bt_ccharw_max(void) { return CCHARW_MAX; }

#endif
