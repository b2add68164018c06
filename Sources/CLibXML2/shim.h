#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* libxml2 built with ICU pulls in the system's <unicode/*.h>, which clash with
   Foundation's own ICU module in Swift. The loader only uses UTF-8, so hide them
   (this only changes the private layout of xmlCharEncodingHandler, never used here). */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <string.h>
#endif
