// nginx from Debian's package, configured from deploy/nginx/next-steps.conf,
// the file compose.yaml uses, with this run's upstreams and listen address.
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run, start, type Running } from "./processes";

export async function startNginx(root: string, dir: string, options: { port: number; upstreams: string[]; staticDir: string }): Promise<Running> {
  const conf = path.join(dir, "nginx");
  rmSync(conf, { recursive: true, force: true });
  mkdirSync(path.join(conf, "next-steps"), { recursive: true });
  mkdirSync(path.join(conf, "html", "_next"), { recursive: true });
  symlinkSync(options.staticDir, path.join(conf, "html", "_next", "static"));
  cpSync(path.join(root, "deploy/nginx/next-steps.conf"), path.join(conf, "next-steps.conf"));
  writeFileSync(path.join(conf, "next-steps/upstream.conf"), options.upstreams.map((address) => `server ${address};`).join("\n") + "\n");
  writeFileSync(path.join(conf, "next-steps/site.conf"), `listen 127.0.0.1:${options.port};\nserver_name localhost;\nroot ${conf}/html;\n`);
  const temp = (name: string) => `${name}_temp_path ${conf}/${name.replace(/_.*/, "")}-temp;`;
  writeFileSync(
    path.join(conf, "nginx.conf"),
    [
      "daemon off;",
      "worker_processes 2;",
      `pid ${conf}/nginx.pid;`,
      `error_log ${conf}/error.log warn;`,
      "events { worker_connections 1024; }",
      "http {",
      "  include /etc/nginx/mime.types;",
      "  default_type application/octet-stream;",
      `  access_log off;`,
      `  ${temp("client_body")} ${temp("proxy")} ${temp("fastcgi")} ${temp("uwsgi")} ${temp("scgi")}`,
      "  include next-steps.conf;",
      "}",
      "",
    ].join("\n"),
  );
  const nginx = "/usr/sbin/nginx";
  await run("nginx -t", nginx, ["-t", "-q", "-p", conf, "-c", path.join(conf, "nginx.conf")], { cwd: conf, env: process.env });
  return start("nginx", nginx, ["-p", conf, "-c", path.join(conf, "nginx.conf")], { cwd: conf, env: process.env });
}
