// Fixture for the layering self-test: core/ may not see the GUI.
#pragma once
#include "app/ui/mainwindow.h"
