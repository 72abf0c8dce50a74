# Fails when a source file includes across the layer rules of STYLE.md:
#   core/        nothing from server/ or app/, no GUI or network Qt headers
#   server/      nothing from app/, no GUI Qt headers
#   app/client/  nothing from app/ui/, server/ or core/storage/, no widgets
#   app/ui/      nothing from server/ or core/storage/
# app/main.cpp is the one file that may see both the server and the GUI.
# Usage: cmake -DROOT=<repository root> -P checklayering.cmake
if(NOT ROOT)
    message(FATAL_ERROR "checklayering: pass -DROOT=<repository root>")
endif()

set(qt_gui_headers "QtGui|QtWidgets|QWidget|QApplication|QGuiApplication|QMainWindow|QDialog|QPainter|QPixmap|QIcon|QImage|QAction|QLabel|qcustomplot")
set(qt_network_headers "QtNetwork|QNetwork|QTcp|QUdp|QHostAddress|QSsl|QHttp|QWebSocket|QAbstractHttpServer")

# Each rule: folder, then a regular expression of forbidden include targets.
set(rules
    "core" "^(server|app)/|^(${qt_gui_headers}|${qt_network_headers})"
    "server" "^app/|^(${qt_gui_headers})"
    "app/client" "^(app/ui|server|core/storage)/|^(QtWidgets|QWidget|QApplication|QMainWindow|QDialog|QLabel|qcustomplot)"
    "app/ui" "^(server|core/storage)/"
)

set(violations "")
list(LENGTH rules rule_items)
math(EXPR last "${rule_items} - 1")
foreach(index RANGE 0 ${last} 2)
    math(EXPR pattern_index "${index} + 1")
    list(GET rules ${index} folder)
    list(GET rules ${pattern_index} forbidden)
    file(GLOB_RECURSE sources "${ROOT}/${folder}/*.h" "${ROOT}/${folder}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*$" "\\1" target "${line}")
            if(target MATCHES "${forbidden}")
                file(RELATIVE_PATH relative "${ROOT}" "${source}")
                string(APPEND violations "  ${relative}: includes ${target}, which ${folder}/ may not use\n")
            endif()
        endforeach()
    endforeach()
endforeach()

if(violations)
    message(FATAL_ERROR "Layer rule broken (see STYLE.md, Layers):\n${violations}")
endif()
message(STATUS "Layer rules hold under ${ROOT}")
