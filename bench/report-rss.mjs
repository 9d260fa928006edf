// Preloaded (--import) into a measured process when /usr/bin/time is missing: reports its peak RSS (KB) on exit.
import process from 'node:process';

process.on('exit', () => process.stderr.write(`BRIEF_BENCH_MAXRSS=${process.resourceUsage().maxRSS}\n`));
