// Fixture for the layering self-test: the GUI may not see the server.
#pragma once
#include "server/apiserver.h"
