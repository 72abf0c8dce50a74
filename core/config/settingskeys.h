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

// Desktop window state, written by the GUI when the window closes.
inline constexpr QLatin1StringView kWindowGeometry("window/geometry");
inline constexpr QLatin1StringView kWindowState("window/state");

} // namespace sluice::settingskeys
