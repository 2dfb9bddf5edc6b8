// The declaration in include/CFuzzDriver.h is all this module provides; SwiftPM needs one
// source file to build a C target.
#include "CFuzzDriver.h"
