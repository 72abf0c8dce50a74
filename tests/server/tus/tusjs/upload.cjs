// Uploads a file to a Sluice server with the reference client, tus-js-client:
//  1. in 64 KiB chunks, aborted after the first chunk, then resumed from the stored URL;
//  2. with parallelUploads: 2 (two partial uploads and a final concatenation).
// Usage: node upload.cjs <tus-js-client dir> <endpoint> <token> <file>
// Prints one JSON line: {"resumed": url, "parallel": url, "chunksBeforeAbort": n}.
'use strict';
const fs = require('fs');
const [moduleDir, endpoint, token, file] = process.argv.slice(2);
const tus = require(moduleDir);
const data = fs.readFileSync(file);
const common = {
    endpoint,
    headers: { Authorization: `Bearer ${token}` },
    metadata: { filename: 'upload.csv', filetype: 'text/csv', kind: 'dataset' },
    retryDelays: null,
};

function run(options) {
    return new Promise((resolve, reject) => {
        const upload = new tus.Upload(data, {
            ...common,
            ...options,
            onError: reject,
            onSuccess: () => resolve(upload),
        });
        if (options.onStart) options.onStart(upload, resolve);
        upload.start();
    });
}

async function interruptedAndResumed() {
    let chunks = 0;
    let aborted = null;
    await new Promise((resolve, reject) => {
        const upload = new tus.Upload(data, {
            ...common,
            chunkSize: 64 * 1024,
            onError: reject,
            onSuccess: () => reject(new Error('the first attempt should have been aborted')),
            onChunkComplete: () => {
                chunks += 1;
                if (chunks === 1) {
                    aborted = upload;
                    upload.abort().then(resolve, reject);
                }
            },
        });
        upload.start();
    });
    if (!aborted.url) throw new Error('no upload URL after the first chunk');
    const resumed = await run({ uploadUrl: aborted.url, chunkSize: 64 * 1024 });
    if (resumed.url !== aborted.url) throw new Error(`resumed a different upload: ${resumed.url}`);
    return { url: resumed.url, chunks };
}

(async () => {
    const resumed = await interruptedAndResumed();
    const parallel = await run({ parallelUploads: 2 });
    console.log(JSON.stringify({ resumed: resumed.url, parallel: parallel.url, chunksBeforeAbort: resumed.chunks }));
})().catch((error) => {
    console.error(`upload failed: ${error && error.stack ? error.stack : error}`);
    process.exit(1);
});
