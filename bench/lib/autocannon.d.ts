// The part of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram { average: number; p50: number; p99: number; total: number }
  interface Result { duration: number; requests: Histogram; latency: Histogram; throughput: Histogram; errors: number; timeouts: number; non2xx: number }
  interface Request {
    method?: string; path?: string; headers?: Record<string, string>; body?: string;
    setupRequest?: (req: any, context: any) => any;  
    onResponse?: (status: number, body: string, context: any) => void;  
  }
  interface Options { url: string; connections?: number; duration?: number; timeout?: number; requests?: Request[]; skipAggregateResult?: boolean }
  function autocannon(opts: Options): Promise<Result>;
  namespace autocannon {
    function aggregateResult(results: Result[], opts: Options): Result;
  }
  export = autocannon;
}
