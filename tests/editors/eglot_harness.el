;;; eglot_harness.el --- What the batch-mode eglot tests share  -*- lexical-binding: t -*-

;; eglot loaded as editors/README.md sets it up (attest.toml as the project root, eglot-ensure
;; on text-mode, settings through eglot-workspace-configuration), PASS/FAIL lines, a wait on
;; the server's output, and a time limit.  Each test loads it first:
;;
;;   (load (expand-file-name "eglot_harness.el" (file-name-directory load-file-name)) nil t)

(require 'package)
(package-initialize)                    ; activates Debian's elpa-eglot on Emacs 28
(require 'eglot)

(defvar attest-test-failures 0)

(defun attest-test-say (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))

(defun attest-test-check (name ok &optional detail)
  (if ok
      (attest-test-say "PASS %s" name)
    (setq attest-test-failures (1+ attest-test-failures))
    (attest-test-say "FAIL %s%s" name (if detail (format ": %s" detail) "")))
  ok)

(defun attest-test-wait (pred &optional seconds)
  "Process server output until PRED holds or SECONDS (30) pass; PRED's last value."
  (let ((deadline (+ (float-time) (or seconds 30)))
        value)
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

;; A hang must not outlive the test: give up from inside too.
(run-at-time 50 nil (lambda ()
                      (attest-test-say "FAIL the script finished within 50 s")
                      (kill-emacs 2)))

;; The configuration from editors/README.md.
(defun attest-project-root (dir)
  "A project rooted at the nearest folder above DIR holding attest.toml."
  (let ((root (locate-dominating-file dir "attest.toml")))
    (and root (cons 'transient (expand-file-name root)))))
(add-hook 'project-find-functions #'attest-project-root)
(add-to-list 'eglot-server-programs
             `((text-mode markdown-mode) ,(getenv "ATTEST_BIN") "lsp"))
(add-hook 'text-mode-hook #'eglot-ensure)
(setq-default eglot-workspace-configuration '(:attest (:diagnostics (:debounceMs 0))))

(provide 'eglot_harness)
;;; eglot_harness.el ends here
