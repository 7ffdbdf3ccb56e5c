#pragma once
// Debian's qcustomplot.h uses the bare "signals" keyword, which QT_NO_KEYWORDS turns off.
// Include QCustomPlot only through this header.

// It also uses the bare "foreach" in inline templates.
#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef foreach
#undef signals
