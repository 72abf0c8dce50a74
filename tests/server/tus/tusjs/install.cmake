# ctest fixture: installs the reference tus client into the build tree (once). A machine
# without npm skips the test that needs it; a failed install with npm present is an error.
if(NOT NPM OR NPM MATCHES "NOTFOUND")
    message(STATUS "npm is not installed: tst_tusjsclient will be skipped")
    return()
endif()
if(EXISTS "${PREFIX}/node_modules/tus-js-client/package.json")
    message(STATUS "tus-js-client is already installed in ${PREFIX}")
    return()
endif()
execute_process(COMMAND "${NPM}" install --prefix "${PREFIX}" --no-audit --no-fund tus-js-client@4
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "npm install tus-js-client@4 failed (${result})")
endif()
