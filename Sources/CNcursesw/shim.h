// The parts of ncursesw (wide-character build) that Swift cannot import on its own:
// macros, mutable globals and function-like macros, wrapped in static inline functions.
#ifndef TVBROWSE_CNCURSESW_SHIM_H
#define TVBROWSE_CNCURSESW_SHIM_H

// The wide-character API is asked for here rather than through pkg-config's
// -D_XOPEN_SOURCE=600, which SwiftPM refuses with a warning on every build.
#define NCURSES_WIDECHAR 1

#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <termios.h>

extern int wcwidth(wchar_t);

// MARK: - Globals

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_LINES(void) { return LINES; }
static inline int shim_COLS(void) { return COLS; }
static inline int shim_COLORS(void) { return COLORS; }
static inline FILE *shim_stdin(void) { return stdin; }
static inline FILE *shim_stdout(void) { return stdout; }

static inline void shim_getmaxyx(WINDOW *window, int *height, int *width) {
  int y, x;
  getmaxyx(window, y, x);
  *height = y;
  *width = x;
}

// MARK: - Status codes

static inline int shim_ERR(void) { return ERR; }
static inline int shim_OK(void) { return OK; }
static inline int shim_KEY_CODE_YES(void) { return KEY_CODE_YES; }

// MARK: - Attributes and colours

static inline attr_t shim_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t shim_A_BOLD(void) { return A_BOLD; }
static inline attr_t shim_A_DIM(void) { return A_DIM; }
static inline attr_t shim_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t shim_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t shim_A_ATTRIBUTES(void) { return A_ATTRIBUTES; }
static inline attr_t shim_A_COLOR(void) { return A_COLOR; }
static inline attr_t shim_A_CHARTEXT(void) { return A_CHARTEXT; }
static inline int shim_CCHARW_MAX(void) { return CCHARW_MAX; }

// MARK: - Terminfo

// A terminfo string with up to two parameters filled in (tiparm is variadic, which Swift
// cannot call); parameters the string does not use are ignored.
static inline char *shim_tiparm(const char *capability, int first, int second) {
  return tiparm(capability, first, second);
}

// MARK: - Key codes

static inline int shim_KEY_UP(void) { return KEY_UP; }
static inline int shim_KEY_DOWN(void) { return KEY_DOWN; }
static inline int shim_KEY_LEFT(void) { return KEY_LEFT; }
static inline int shim_KEY_RIGHT(void) { return KEY_RIGHT; }
static inline int shim_KEY_PPAGE(void) { return KEY_PPAGE; }
static inline int shim_KEY_NPAGE(void) { return KEY_NPAGE; }
static inline int shim_KEY_HOME(void) { return KEY_HOME; }
static inline int shim_KEY_END(void) { return KEY_END; }
static inline int shim_KEY_FIND(void) { return KEY_FIND; }
static inline int shim_KEY_SELECT(void) { return KEY_SELECT; }
static inline int shim_KEY_A1(void) { return KEY_A1; }
static inline int shim_KEY_C1(void) { return KEY_C1; }
static inline int shim_KEY_A3(void) { return KEY_A3; }
static inline int shim_KEY_C3(void) { return KEY_C3; }
static inline int shim_KEY_BTAB(void) { return KEY_BTAB; }
static inline int shim_KEY_BACKSPACE(void) { return KEY_BACKSPACE; }
static inline int shim_KEY_ENTER(void) { return KEY_ENTER; }
static inline int shim_KEY_DC(void) { return KEY_DC; }
static inline int shim_KEY_F(int number) { return KEY_F(number); }
static inline int shim_KEY_RESIZE(void) { return KEY_RESIZE; }
static inline int shim_KEY_MOUSE(void) { return KEY_MOUSE; }

// MARK: - Mouse

static inline mmask_t shim_BUTTON1_PRESSED(void) { return BUTTON1_PRESSED; }
static inline mmask_t shim_BUTTON1_CLICKED(void) { return BUTTON1_CLICKED; }
static inline mmask_t shim_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
static inline mmask_t shim_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }
static inline mmask_t shim_REPORT_MOUSE_POSITION(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t shim_ALL_MOUSE_EVENTS(void) { return ALL_MOUSE_EVENTS; }

// MARK: - Terminal size and locale

// Reads the size of the terminal on `fd`; returns 0 on success.
static inline int shim_window_size(int fd, int *height, int *width) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
  *height = size.ws_row;
  *width = size.ws_col;
  return 0;
}

// The codeset of the current locale ("UTF-8", "ANSI_X3.4-1968", ...).
static inline const char *shim_codeset(void) { return nl_langinfo(CODESET); }

#endif
