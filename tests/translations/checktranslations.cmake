# Fails when a translation file lacks a translation of a string in the sources, or still holds
# one the sources no longer have. lupdate runs over copies, so the real files never change here.
#   -DLUPDATE=<lupdate>  -DSOURCES_FILE=<one source path per line>  -DTS_FILES=<a;b>  -DWORK_DIR=<dir>
#   -DINCLUDE_DIR=<the include root, so lupdate sees each class's namespace as tr() does>
file(STRINGS "${SOURCES_FILE}" sources)
file(MAKE_DIRECTORY "${WORK_DIR}")
set(problems "")
foreach(ts IN LISTS TS_FILES)
    cmake_path(GET ts FILENAME name)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" -locations none "-I${INCLUDE_DIR}" ${sources} -ts "${copy}"
                    RESULT_VARIABLE exit_code OUTPUT_QUIET ERROR_VARIABLE lupdate_errors)
    if(NOT exit_code EQUAL 0)
        string(APPEND problems "${name}: lupdate failed (${exit_code}): ${lupdate_errors}\n")
        continue()
    endif()
    file(READ "${copy}" content)
    foreach(kind IN ITEMS unfinished vanished obsolete)
        string(REGEX MATCHALL "type=\"${kind}\"" found "${content}")
        list(LENGTH found count)
        if(count GREATER 0)
            string(APPEND problems "${name}: ${count} ${kind} entries\n")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "Translations are not complete:\n${problems}"
        "Run `cmake --build build --target update_translations`, translate what is marked "
        "unfinished in translations/*.ts (Qt Linguist or by hand) and remove the vanished entries.")
endif()
message(STATUS "Every string is translated in: ${TS_FILES}")
