#pragma once

#include <QLatin1StringView>

// Every key of the settings file (sluice.ini in the data directory), in one place.
namespace sluice::settingskeys {

inline constexpr QLatin1StringView kServerBind("server/bind");
inline constexpr QLatin1StringView kServerPort("server/port");
inline constexpr QLatin1StringView kLimitsMaxChunkBytes("limits/max_chunk_bytes");
inline constexpr QLatin1StringView kLimitsMaxUploadBytes("limits/max_upload_bytes");
inline constexpr QLatin1StringView kLimitsMaxConcurrentUploads("limits/max_concurrent_uploads");
inline constexpr QLatin1StringView kLimitsMaxWebSocketClients("limits/max_websocket_clients");
inline constexpr QLatin1StringView kLimitsMaxHeaderBytes("limits/max_header_bytes");
inline constexpr QLatin1StringView kLimitsIdleTimeoutSeconds("limits/idle_timeout_seconds");
inline constexpr QLatin1StringView kTasksWorkers("tasks/workers");
inline constexpr QLatin1StringView kTasksRetentionDays("tasks/retention_days");
inline constexpr QLatin1StringView kLogRules("log/rules");

// Desktop app (DesktopConfig); the headless server ignores them.
inline constexpr QLatin1StringView kDesktopParallelUploads("desktop/parallel_uploads");
inline constexpr QLatin1StringView kDesktopChunkSizeMiB("desktop/chunk_size_mib");
inline constexpr QLatin1StringView kDesktopLanguage("desktop/language");
// The remote server last used; remote/token makes the file owner-only (0600).
inline constexpr QLatin1StringView kRemoteUrl("remote/url");
inline constexpr QLatin1StringView kRemoteToken("remote/token");
inline constexpr QLatin1StringView kRemoteReconnectOnStart("remote/reconnect_on_start");

// Not in sluice.ini: the data directory the user chose in Settings. It must be found before
// the data directory (and so sluice.ini) is known, so it lives in location.ini in the
// platform's config location (QStandardPaths::AppConfigLocation); see DataDirectoryChoice.
inline constexpr QLatin1StringView kDataDirectory("data/directory");

// Desktop window state, written by the GUI when the window closes.
inline constexpr QLatin1StringView kWindowGeometry("window/geometry");
inline constexpr QLatin1StringView kWindowState("window/state");

} // namespace sluice::settingskeys
