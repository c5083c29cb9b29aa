{{- define "tm.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "tm.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "tm.selectorLabels" -}}
app.kubernetes.io/name: {{ include "tm.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "tm.labels" -}}
{{ include "tm.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* The Secret the tokens are read from: an existing one, or the one this chart makes. */}}
{{- define "tm.secretName" -}}
{{- default (include "tm.fullname" .) .Values.existingSecret -}}
{{- end -}}

{{/* Whether the service talks to an external Redis. */}}
{{- define "tm.externalRedis" -}}
{{- if or .Values.redis.url .Values.redis.existingSecret -}}true{{- end -}}
{{- end -}}

{{/* The rule a deployment must keep: replicas share state through one external Redis. */}}
{{- define "tm.checkRedis" -}}
{{- if and (gt (int .Values.replicaCount) 1) (not (include "tm.externalRedis" .)) -}}
{{- fail (printf "replicaCount is %d, but the replicas would each run their own embedded Redis and lose each other's sessions: set redis.url (or redis.existingSecret) to an external Redis, or run one replica" (int .Values.replicaCount)) -}}
{{- end -}}
{{- end -}}

{{- define "tm.publicBaseUrl" -}}
{{- if not .Values.teams.appId -}}
{{- else if .Values.publicBaseUrl -}}
{{- .Values.publicBaseUrl -}}
{{- else if and .Values.ingress.enabled .Values.ingress.hosts -}}
{{- printf "https://%s" (index .Values.ingress.hosts 0).host -}}
{{- end -}}
{{- end -}}
